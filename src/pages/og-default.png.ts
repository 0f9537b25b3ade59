import type { APIRoute } from 'astro';
import { defaultImageSvg } from '../lib/downloads/og-image.ts';
import { svgToPng } from '../lib/downloads/png.ts';

/** The share image of pages without a figure of their own (Base.astro's og:image). */
export const GET: APIRoute = () => new Response(svgToPng(defaultImageSvg(), { scale: 1 }), { headers: { 'content-type': 'image/png' } });
