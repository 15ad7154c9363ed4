import { getTranslations } from "next-intl/server";
import Form from "next/form";
import { regionWords } from "@/lib/content/region-words";
import { provinceCodes, type ProvinceCode } from "@/lib/content/regions";

/** The query field that carries the choice: a bare code (?r=ON), which says nothing about the site. */
export const PROVINCE_QUERY = "r";

/**
 * Picks a province or territory with a plain GET form, so it works without JavaScript; with it,
 * the page is replaced in place rather than adding to the history.
 */
export async function ProvinceFilter({ action, province }: { action: string; province?: ProvinceCode }) {
  const [t, regions] = await Promise.all([getTranslations("pages.directory"), regionWords()]);
  return (
    <Form action={action} replace prefetch={false} className="print-hidden mb-6">
      <label htmlFor="province-filter" className="mb-1 block font-bold">
        {t("whereYouLive")}
      </label>
      <p id="province-filter-hint" className="mb-1 text-sm text-muted">
        {t("whereHint")}
      </p>
      <div className="flex flex-wrap gap-2">
        <select
          id="province-filter"
          name={PROVINCE_QUERY}
          defaultValue={province ?? ""}
          aria-describedby="province-filter-hint"
          className="min-w-0 rounded-md border-2 border-gray-500 px-3 py-2"
        >
          <option value="">{t("allProvinces")}</option>
          {provinceCodes.map((code) => (
            <option key={code} value={code}>
              {regions.name(code)}
            </option>
          ))}
        </select>
        <button type="submit" className="min-h-11 rounded-md bg-ink px-4 py-2 font-bold text-white">
          {t("show")}
        </button>
      </div>
    </Form>
  );
}

/** An address with the province kept, so moving between filters does not lose the choice. */
export function withProvince(href: string, province?: ProvinceCode): string {
  return province ? `${href}?${PROVINCE_QUERY}=${province}` : href;
}
