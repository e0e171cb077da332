-- AlterTable
-- Sources already stored get the language their title's letters show: Kazakh's own letters, other
-- Cyrillic (Russian), or else English. The demo titles are all Russian.
ALTER TABLE "Source" ADD COLUMN     "language" "Locale";
UPDATE "Source" SET "language" = CASE
  WHEN "title" ~ '[ӘәҒғҚқҢңӨөҰұҮүҺһІі]' THEN 'kk'::"Locale"
  WHEN "title" ~ '[\u0400-\u04FF]' THEN 'ru'::"Locale"
  ELSE 'en'::"Locale"
END;
ALTER TABLE "Source" ALTER COLUMN "language" SET NOT NULL;
