import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";

/**
 * Flesch-Kincaid grade of plain text. List items and headings arrive as separate lines, and each
 * line counts as the end of a sentence, as a reader would take it.
 */
export function fleschKincaidGrade(text: string): number {
  const sentences = text.split(/[.!?]+(?:\s|$)|\n+/).filter((sentence) => /[a-z]/i.test(sentence));
  const words = text.match(/[a-z][a-z'’-]*/gi) ?? [];
  if (words.length === 0 || sentences.length === 0) return 0;
  const syllables = words.reduce((sum, word) => sum + syllable(word), 0);
  return fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables });
}
