import { getTranslations } from "next-intl/server";
import { AppLink } from "@/components/app-link/app-link";
import type { ErrorWords } from "./error-words";
import { SomethingWentWrong } from "./something-went-wrong";

/** The "something went wrong" message, drawn on the server, for when the database cannot be reached. */
export async function DatabaseUnavailableNotice() {
  const t = await getTranslations("shell");
  const words = t.raw("error") as ErrorWords;
  return (
    <SomethingWentWrong
      words={words}
      tryAgain={
        <p>
          {words.reload} <AppLink href="/">{words.home}</AppLink>. {words.quickExitWorks}
        </p>
      }
    />
  );
}
