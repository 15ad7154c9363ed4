import "server-only";
import { useTranslations } from "next-intl";
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

/** The same, for a component drawn on the server without waiting (next-intl's hook). */
export function useRegionWords(): RegionWords {
  const t = useTranslations("regions");
  return {
    name: (code) => t(`names.${code}`),
    except: (place, others) => t("except", { place, others }),
    and: t("and"),
  };
}
