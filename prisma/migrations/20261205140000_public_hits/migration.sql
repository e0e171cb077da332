-- The public records among those a search ranked, with what its results show of them
-- (docs/decisions/052). The suggestions run it at every keystroke: as a function its statement is
-- parsed and planned once per connection (a generic plan, which reading rows by their ids needs no
-- better than), where the same SQL sent with the ranking cost as much to plan as to run.

-- lib/server/visibility.ts's publiclyVisible() for a row (tests/integration/search.test.ts holds
-- the two to the same records): published, or scheduled with its time reached; not yet taken off
-- the site by its unpublishing time; not in the trash. Simple enough for the planner to inline.
CREATE FUNCTION portal_publicly_visible(deleted_at timestamp, status "PublicationStatus", publish_at timestamp, unpublish_at timestamp, at timestamp)
  RETURNS boolean
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN deleted_at IS NULL
    AND (status = 'published' OR (status = 'scheduled' AND publish_at <= at))
    AND (unpublish_at IS NULL OR unpublish_at > at);

-- The records named by `kinds` and `ids` (a search kind, and the record's id as text) that the
-- public may see `at` that moment, under column names every kind shares: `label` is a partner's
-- kind, an agreement's type, a project's status or a proposal's stage; `starts` an agreement's
-- signing or an event's or project's start; `texts` the name or title (a proposal's partner's name)
-- in `locales`, as [{locale, text}], and `partner_texts` an agreement's partner's name. An id is
-- cast to its table's type only among the ids of its own kind.
CREATE FUNCTION portal_public_hits(kinds text[], ids text[], locales text[], at timestamp)
  RETURNS TABLE (kind text, id text, slug text, label text, country_code text, starts timestamp, starts_precision text,
                 ends timestamp, ends_precision text, texts json, partner_texts json)
  LANGUAGE plpgsql STABLE PARALLEL SAFE ROWS 60
  SET plan_cache_mode = force_generic_plan
AS $$
BEGIN
  RETURN QUERY
    WITH wanted AS (SELECT w.kind, w.id FROM unnest(kinds, ids) AS w(kind, id))
    SELECT 'partners'::text, r.id::text, r.slug, r.kind::text, r."countryCode"::text, NULL::timestamp, NULL::text, NULL::timestamp, NULL::text,
           (SELECT coalesce(json_agg(json_build_object('locale', tr.locale, 'text', tr.name)), '[]')
              FROM "PartnerTranslation" tr WHERE tr."partnerId" = r.id AND tr.locale::text = ANY(locales)),
           NULL::json
      FROM "Partner" r
     WHERE r.id = ANY(ARRAY(SELECT w.id::uuid FROM wanted w WHERE w.kind = 'partners'))
       AND portal_publicly_visible(r."deletedAt", r."publicationStatus", r."publishAt", r."unpublishAt", at)
    UNION ALL
    SELECT 'agreements', r.id::text, NULL, r.type::text, p."countryCode"::text, r."signedOn", r."signedPrecision"::text, NULL, NULL,
           (SELECT coalesce(json_agg(json_build_object('locale', tr.locale, 'text', tr.title)), '[]')
              FROM "AgreementTranslation" tr WHERE tr."agreementId" = r.id AND tr.locale::text = ANY(locales)),
           (SELECT coalesce(json_agg(json_build_object('locale', tr.locale, 'text', tr.name)), '[]')
              FROM "PartnerTranslation" tr WHERE tr."partnerId" = p.id AND tr.locale::text = ANY(locales))
      FROM "Agreement" r JOIN "Partner" p ON p.id = r."partnerId"
     WHERE r.id = ANY(ARRAY(SELECT w.id::int FROM wanted w WHERE w.kind = 'agreements'))
       AND portal_publicly_visible(r."deletedAt", r."publicationStatus", r."publishAt", r."unpublishAt", at)
       AND portal_publicly_visible(p."deletedAt", p."publicationStatus", p."publishAt", p."unpublishAt", at)
    UNION ALL
    SELECT 'events', r.id::text, r.slug, NULL, NULL, r."startDate", r."startPrecision"::text, r."endDate", r."endPrecision"::text,
           (SELECT coalesce(json_agg(json_build_object('locale', tr.locale, 'text', tr.title)), '[]')
              FROM "EventTranslation" tr WHERE tr."eventId" = r.id AND tr.locale::text = ANY(locales)),
           NULL
      FROM "Event" r
     WHERE r.id = ANY(ARRAY(SELECT w.id::int FROM wanted w WHERE w.kind = 'events'))
       AND portal_publicly_visible(r."deletedAt", r."publicationStatus", r."publishAt", r."unpublishAt", at)
    UNION ALL
    SELECT 'projects', r.id::text, r.slug, r.status::text, NULL, r."startDate", r."startPrecision"::text, r."endDate", r."endPrecision"::text,
           (SELECT coalesce(json_agg(json_build_object('locale', tr.locale, 'text', tr.title)), '[]')
              FROM "ProjectTranslation" tr WHERE tr."projectId" = r.id AND tr.locale::text = ANY(locales)),
           NULL
      FROM "Project" r
     WHERE r.id = ANY(ARRAY(SELECT w.id::int FROM wanted w WHERE w.kind = 'projects'))
       AND portal_publicly_visible(r."deletedAt", r."publicationStatus", r."publishAt", r."unpublishAt", at)
    UNION ALL
    SELECT 'proposals', r.id::text, NULL, r.stage::text, r."countryCode"::text, NULL, NULL, NULL, NULL,
           (SELECT coalesce(json_agg(json_build_object('locale', tr.locale, 'text', tr."partnerName")), '[]')
              FROM "ProposalTranslation" tr WHERE tr."proposalId" = r.id AND tr.locale::text = ANY(locales)),
           NULL
      FROM "Proposal" r
     WHERE r.id = ANY(ARRAY(SELECT w.id::int FROM wanted w WHERE w.kind = 'proposals'))
       AND portal_publicly_visible(r."deletedAt", r."publicationStatus", r."publishAt", r."unpublishAt", at)
       AND r.visibility = 'public';
END
$$;
