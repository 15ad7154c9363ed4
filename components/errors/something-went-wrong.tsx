import type { ErrorWords } from "./error-words";

/**
 * What a person sees when the server could not do what they asked. It never says what went wrong
 * inside: that could hold personal data or the database's address.
 */
export function SomethingWentWrong({ words, tryAgain }: { words: ErrorWords; tryAgain?: React.ReactNode }) {
  return (
    <>
      <h1>{words.heading}</h1>
      <p>{words.body}</p>
      {tryAgain}
    </>
  );
}
