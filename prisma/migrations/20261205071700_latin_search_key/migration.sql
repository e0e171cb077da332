-- One search key for names in either script (decision 048): the database's twin of latinSearchKey()
-- in lib/search/kazakh-latin-key.ts, so that a generated column can hold the records' keys as
-- portal_fold() does today; tests/integration/latin-search-key.test.ts holds the two to the same
-- output. Cyrillic becomes Latin before unaccent(), which would otherwise turn ё into е.
CREATE FUNCTION portal_latin_key(input text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
    lower(public.unaccent('public.unaccent'::regdictionary,
      replace(replace(replace(
        translate(lower(input), 'аәбвгғдежзийкқлмнңоөпрстуұүфхһцчшщыіэıъь', 'aabvggdejziikqlmnnooprstuuufhhssssyiei'),
        'ё', 'io'), 'ю', 'iu'), 'я', 'ia'))),
    '[sc]h', 's', 'g'), 'zh', 'j', 'g'), 'kh', 'h', 'g'), 'i+([aou])', '\1', 'g'), '([[:alpha:]])\1+', '\1', 'g');
