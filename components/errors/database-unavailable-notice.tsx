import { messageBlock } from "@/i18n/message-block";
import { AppLink } from "@/components/app-link/app-link";
import { SomethingWentWrong } from "./something-went-wrong";

/** The "something went wrong" message, drawn on the server, for when the database cannot be reached. */
export async function DatabaseUnavailableNotice() {
  const words = (await messageBlock("shell")).error;
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
