import { UserFacingError } from '../../errors';

/** The page parsed, but nothing on it reads as an article (login wall, video page, list of links, empty page). */
export class NoArticleError extends UserFacingError {
  readonly code = 'no_article';
  readonly userMessage =
    "I couldn't find an article on that page (it may be a login page, a video, or a list of links). " +
    "Try the article's own link, or paste its text.";
}
