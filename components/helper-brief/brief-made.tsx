import type { Ref } from "react";
import { AppLink } from "@/components/app-link/app-link";
import type { MadeBriefState } from "@/lib/forms/brief-form-states";
import { fill } from "@/lib/plan/fill";
import { briefsRoutes } from "@/lib/site/site-routes";
import type { BriefFormWords } from "./brief-form-words";

type Props = { made: MadeBriefState; words: BriefFormWords; headingRef: Ref<HTMLHeadingElement> };

/** The link and the code, in the answer to the post that made them: nowhere else, and never again. */
export function BriefMade({ made, words, headingRef }: Props) {
  return (
    <section data-brief-made="">
      <h1 ref={headingRef} tabIndex={-1}>
        {words.madeHeading}
      </h1>
      <p className="font-bold">{words.madeOnce}</p>
      <label htmlFor="brief-link" className="mb-1 block font-bold">
        {words.link}
      </label>
      <p id="brief-link-hint" className="mb-1 text-sm text-muted">
        {words.linkHint}
      </p>
      <textarea
        id="brief-link"
        readOnly
        rows={3}
        value={made.url}
        aria-describedby="brief-link-hint"
        autoComplete="off"
        spellCheck={false}
        className="mb-4 block w-full rounded-md border-2 border-gray-500 px-3 py-2 font-mono break-all"
        data-brief-link=""
      />
      <p className="mb-1 font-bold">{words.code}</p>
      <p className="mb-1 font-mono text-2xl tracking-wider" data-brief-code="">
        {made.code}
      </p>
      <p className="text-sm text-muted">{words.codeHint}</p>
      <p>{fill(words.madeEnds, { date: made.endsOn })}</p>
      <p>
        <AppLink href={briefsRoutes.list}>{words.toList}</AppLink>
      </p>
    </section>
  );
}
