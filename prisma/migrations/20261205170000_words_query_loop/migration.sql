-- portal_words_query() (migration 20261205104500) as a PL/pgSQL loop, with the same results. It is
-- IMMUTABLE so that PostgreSQL evaluates it while planning, once for every source a search reads
-- (five for a suggestion, seven for the search page). Written in SQL, each evaluation planned its
-- two inner SELECTs afresh: about 0.09 ms, which made up two thirds of a suggestion's planning time.
-- This loop takes 5 µs (docs/decisions/053).
CREATE OR REPLACE FUNCTION portal_words_query(words text[], keys text[], whole_up_to integer) RETURNS tsquery
  LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE STRICT
  AS $$
DECLARE
  groups text[] := '{}';
  alternatives text[];
  f text;
BEGIN
  FOR i IN 1 .. greatest(cardinality(words), cardinality(keys)) LOOP
    alternatives := '{}';
    FOREACH f IN ARRAY ARRAY[portal_fold(words[i]), keys[i]] LOOP
      IF f <> '' THEN
        alternatives := alternatives || (quote_literal(f) || CASE WHEN length(f) > whole_up_to THEN ' | ' || quote_literal(f) || ':*' ELSE '' END);
      END IF;
    END LOOP;
    -- In order and once each, as SELECT DISTINCT gave them.
    IF cardinality(alternatives) = 2 AND alternatives[1] >= alternatives[2] THEN
      alternatives := CASE WHEN alternatives[1] = alternatives[2] THEN alternatives[1:1] ELSE ARRAY[alternatives[2], alternatives[1]] END;
    END IF;
    IF cardinality(alternatives) > 0 THEN
      groups := groups || ('(' || array_to_string(alternatives, ' | ') || ')');
    END IF;
  END LOOP;
  RETURN to_tsquery('simple'::regconfig, array_to_string(groups, ' & '));
END
$$;
