import "server-only";
import type { Messages } from "next-intl";
import { getMessages } from "next-intl/server";

/**
 * A whole group of words in the reader's language, typed from the English file: for words handed to
 * a client form or the quick-exit script as one object. (`t.raw` only types single messages.)
 */
export async function messageBlock<Namespace extends keyof Messages>(
  namespace: Namespace,
): Promise<Messages[Namespace]> {
  const messages = (await getMessages()) as Messages;
  return messages[namespace];
}
