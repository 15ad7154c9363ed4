import { SearchForm } from "@/components/search/search-form";
import { crisisLinesFor } from "@/lib/content/crisis-lines";
import { directory } from "@/lib/content/guidance";
import { dialable } from "@/lib/content/resource-schema";
import { searchAction } from "./search-action";
import { pageTitle } from "@/lib/site/page-title";

export const generateMetadata = pageTitle("search");

const LINES_SHOWN = 3;

export default function SearchPage() {
  const lines = crisisLinesFor(directory(), {})
    .lines.filter((line) => line.phone)
    .slice(0, LINES_SHOWN)
    .map(({ id, name, phone, hours, traces }) => ({ id, name, phone, hours, traces, dial: dialable(phone ?? "") }));
  return (
    <>
      <h1>Search the guidance</h1>
      <p>
        Search the guidance, the ideas for a plan and the services you can contact, or ask a question in your own words.
        What you type here is not saved, and it does not appear in the page address or the browser history.
      </p>
      <SearchForm action={searchAction} lines={lines} />
    </>
  );
}
