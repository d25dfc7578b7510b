import type { Config } from "tailwindcss";

// Loaded by Tailwind 4 through `@config` in app/globals.css; design tokens live here.
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        brand: { 50: "#eef6ff", 100: "#d9eaff", 500: "#2f6fed", 600: "#1f57c9", 700: "#1a47a3" },
      },
    },
  },
};
export default config;
