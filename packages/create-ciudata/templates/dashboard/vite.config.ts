import { defineConfig } from "vite";

// `base: "./"` lets dist/ work from any folder (GitHub Pages, a USB stick, a city intranet).
export default defineConfig({ base: "./" });
