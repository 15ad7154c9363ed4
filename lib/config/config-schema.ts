import { z } from "zod";

/** Where the embedded SQLite database lives when DATABASE_URL is not set. */
export const DEFAULT_DATABASE_URL = "file:./data/app.db";
export const DEFAULT_QUICK_EXIT_URL = "https://www.google.com/";
export const DEFAULT_SITE_NAME = "Harbour";

const databaseUrl = z
  .string()
  .trim()
  .refine((value) => /^(file:|postgres(ql)?:\/\/)/.test(value), {
    message: "must start with file: (SQLite) or postgres:// (PostgreSQL)",
  });

const port = z
  .string()
  .trim()
  .regex(/^\d+$/, { message: "must be a whole number from 1 to 65535" })
  .transform(Number)
  .refine((value) => value >= 1 && value <= 65535, {
    message: "must be a whole number from 1 to 65535",
  });

const quickExitUrl = z.string().trim().refine(isWebAddress, { message: "must be a full http:// or https:// address" });

const siteName = z
  .string()
  .trim()
  .min(1, { message: "must not be empty" })
  .max(40, { message: "must be at most 40 characters" });

const authSecret = z.string().min(32, { message: "must be at least 32 characters (try: openssl rand -base64 32)" });

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, { message: `must be a whole number from ${min} to ${max}` })
    .transform(Number)
    .refine((value) => value >= min && value <= max, { message: `must be a whole number from ${min} to ${max}` });

const publicUrl = z
  .string()
  .trim()
  .refine(isWebAddress, { message: "must be the full address people use, such as https://plan.example.org" });

/** The environment as the app reads it. Empty strings count as unset. */
export const environmentSchema = z.object({
  DATABASE_URL: databaseUrl.default(DEFAULT_DATABASE_URL),
  AUTH_SECRET: authSecret.optional(),
  PORT: port.default(3000),
  QUICK_EXIT_URL: quickExitUrl.default(DEFAULT_QUICK_EXIT_URL),
  SITE_NAME: siteName.default(DEFAULT_SITE_NAME),
  AUTH_URL: publicUrl.optional(),
  SESSION_IDLE_MINUTES: wholeNumber(1, 480).default(15),
  SIGN_IN_DELAY_SECONDS: wholeNumber(1, 900).default(30),
  TRUSTED_PROXY_HOPS: wholeNumber(0, 10).default(0),
});

export type Environment = z.infer<typeof environmentSchema>;

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

/** Thrown with a single line that names the variable and what is wrong with it. */
export class ConfigurationError extends Error {
  constructor(variable: string, problem: string) {
    super(`Configuration error: ${variable} ${problem}.`);
    this.name = "ConfigurationError";
  }
}

export function parseEnvironment(env: Record<string, string | undefined>): Environment {
  const present = Object.fromEntries(
    Object.keys(environmentSchema.shape).map((key) => [key, env[key] === "" ? undefined : env[key]]),
  );
  const result = environmentSchema.safeParse(present);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new ConfigurationError(String(issue?.path[0] ?? "environment"), issue?.message ?? "is invalid");
}
