import { describe, expect, it } from "vitest";
import { serverProcessEnv } from "@/scripts/server-process-env";

describe("the environment a launched server starts with", () => {
  it("has a thread pool with room beside Argon2 and a heap that fits a small server", () => {
    const env = serverProcessEnv({ PORT: "3000" });
    expect(env).toMatchObject({ PORT: "3000", UV_THREADPOOL_SIZE: "8", NODE_OPTIONS: "--max-old-space-size=256" });
  });

  it("keeps what the operator set: their own pool, heap and other Node options", () => {
    const env = serverProcessEnv({
      UV_THREADPOOL_SIZE: "16",
      NODE_OPTIONS: "--max-old-space-size=1024 --enable-source-maps",
    });
    expect(env.UV_THREADPOOL_SIZE).toBe("16");
    expect(env.NODE_OPTIONS).toBe("--max-old-space-size=1024 --enable-source-maps");
  });

  it("adds the heap limit to other Node options the operator set", () => {
    const env = serverProcessEnv({ NODE_OPTIONS: "--enable-source-maps" });
    expect(env.NODE_OPTIONS).toBe("--enable-source-maps --max-old-space-size=256");
  });
});
