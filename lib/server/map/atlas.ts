import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiLineString, MultiPolygon } from 'geojson';

type Countries = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
export type WorldShapes = { land: Feature<MultiPolygon>; borders: MultiLineString };

let shapes: WorldShapes | undefined;

/**
 * Natural Earth 1:110m land and country borders from the world-atlas package, read from disk once
 * per server process. Only the projected SVG paths reach the page: the 100 kB topology never ships
 * to the browser, and nothing is fetched from a tile server.
 */
export function worldShapes(): WorldShapes {
  if (!shapes) {
    const file = path.join(process.cwd(), 'node_modules', 'world-atlas', 'countries-110m.json');
    const topology = JSON.parse(fs.readFileSync(file, 'utf8')) as Countries;
    shapes = {
      land: feature(topology, topology.objects.land).features[0] as Feature<MultiPolygon>,
      // Interior borders only: the coastline is the land's own outline.
      borders: mesh(topology, topology.objects.countries, (a, b) => a !== b),
    };
  }
  return shapes;
}
