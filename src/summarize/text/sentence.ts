/** One sentence of the source text, numbered so summaries can cite it as evidence. */
export interface Sentence {
  /** 0-based position in the whole text. */
  id: number;
  text: string;
  /** 0-based index of the paragraph the sentence belongs to. */
  paragraph: number;
}
