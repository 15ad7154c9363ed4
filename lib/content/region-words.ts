import "server-only";
import { getTranslations } from "next-intl/server";
import type { RegionWords } from "./service-area";

/** Province, territory and country names in the reader's language (messages/<locale>/regions.json). */
export async function regionWords(): Promise<RegionWords> {
  const t = await getTranslations("regions");
  return {
    name: (code) => t(`names.${code}`),
    except: (place, others) => t("except", { place, others }),
    and: t("and"),
  };
}
