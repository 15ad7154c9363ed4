import { formsOf, type Page } from "../tests/support/no-js-client";

export type EncodedForm = { path: string; body: string; contentType: string };

/** A page's form as the browser would post it (multipart), ready to replay many times. */
export async function encodeForm(page: Page, index: number, fields: Record<string, string>): Promise<EncodedForm> {
  const form = formsOf(page.html)[index];
  if (!form) throw new Error(`There is no form ${index} on ${page.url}`);
  const data = new FormData();
  for (const [name, value] of form.hidden) if (!(name in fields)) data.append(name, value);
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  const encoded = new Response(data);
  return {
    path: new URL(form.action || page.url, page.url).pathname,
    body: await encoded.text(),
    contentType: encoded.headers.get("content-type") ?? "multipart/form-data",
  };
}
