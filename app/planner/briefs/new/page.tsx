import { getLocale, getTranslations } from "next-intl/server";
import { AppLink } from "@/components/app-link/app-link";
import { briefFormWords } from "@/components/helper-brief/brief-form-words";
import { BriefForm } from "@/components/helper-brief/brief-form";
import { briefWords } from "@/components/helper-brief/brief-words";
import { guardedPage } from "@/lib/auth/guarded-page";
import type { SignedIn } from "@/lib/auth/sessions";
import { briefForOf, type BriefFor } from "@/lib/forms/brief-form";
import { BRIEF_DAYS } from "@/lib/helper-briefs/brief-content";
import { briefsRoutes, siteRoutes } from "@/lib/site/site-routes";
import { pageTitle } from "@/lib/site/page-title";
import { makeBriefAction } from "../brief-actions";
import { briefPerson, type BriefPerson } from "../brief-source";
import { siteOrigin } from "../site-origin";

export const generateMetadata = pageTitle("makeAPlan");

// Without JavaScript, React hands the action's answer back to the form at the same place in the tree.
const FORM_KEY = "brief-form";

type Props = {
  session: SignedIn;
  searchParams: Promise<{ person?: string | string[]; supporter?: string | string[] }>;
};

const signedOutPerson = (wanted: BriefFor): BriefPerson => ({
  for: wanted,
  label: "",
  canDo: [],
  codeWord: "",
  roles: [],
  offered: wanted.kind === "person" ? ["canDo", "signal", "place", "ownWords"] : ["signal", "place", "ownWords"],
});

/** Making a brief for one trusted person or one supporter of the change plan, named in the address. */
async function NewBriefPage({ session, searchParams }: Props) {
  const [query, locale, t] = await Promise.all([searchParams, getLocale(), getTranslations("helperBriefs.make")]);
  const wanted = briefForOf(query);
  // Signed out, this answers the form's own post: the form again, with what was sent, and no plan read.
  const person = wanted && (session ? await briefPerson(session, wanted, locale) : signedOutPerson(wanted));
  const back = (
    <p className="mb-2 text-sm">
      <AppLink href={briefsRoutes.list}>{t("back")}</AppLink>
    </p>
  );
  if (!person) {
    return (
      <>
        {back}
        <h1>{t("heading")}</h1>
        <p>{t("missing")}</p>
        <p>
          <AppLink href={siteRoutes.makeAPlan.href}>{(await getTranslations("helperBriefs.list"))("back")}</AppLink>
        </p>
      </>
    );
  }
  const [words, viewWords] = await Promise.all([briefFormWords(await siteOrigin()), briefWords()]);
  const field =
    person.for.kind === "person"
      ? ({ name: "person", value: person.for.id } as const)
      : ({ name: "supporter", value: String(person.for.index) } as const);
  return (
    <>
      {back}
      <BriefForm
        key={FORM_KEY}
        action={makeBriefAction}
        person={{ field, label: person.label, canDo: person.canDo, codeWord: person.codeWord, offered: person.offered }}
        defaultDays={BRIEF_DAYS.default}
        words={words}
        viewWords={viewWords}
      />
    </>
  );
}

export default guardedPage(NewBriefPage, { session: "form-post" });
