import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/pages/sitemap.ts';

/** /robots.txt: everything may be crawled; points to the sitemap. */
export const GET: APIRoute = () => new Response(robotsTxt(), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
