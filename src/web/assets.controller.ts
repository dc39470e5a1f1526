import { Controller, Get, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Public } from '../common/auth/auth.decorator';
import { projectRoot } from './web.setup';

/** The files the pages load, read once: our stylesheet and scripts, and htmx, served from the app itself (no CDN). */
const ASSETS = {
  'app.css': { type: 'text/css; charset=utf-8', body: readFileSync(join(projectRoot(), 'public', 'app.css')) },
  'htmx.min.js': { type: 'text/javascript; charset=utf-8', body: readFileSync(require.resolve('htmx.org/dist/htmx.min.js')) },
  'document-links.js': { type: 'text/javascript; charset=utf-8', body: readFileSync(join(projectRoot(), 'public', 'document-links.js')) },
};

@ApiExcludeController()
@Controller('app/assets')
@Public()
export class AssetsController {
  @Get('app.css')
  async stylesheet(@Res() reply: FastifyReply): Promise<void> {
    await send(reply, 'app.css');
  }

  @Get('htmx.min.js')
  async htmx(@Res() reply: FastifyReply): Promise<void> {
    await send(reply, 'htmx.min.js');
  }

  @Get('document-links.js')
  async documentLinks(@Res() reply: FastifyReply): Promise<void> {
    await send(reply, 'document-links.js');
  }
}

async function send(reply: FastifyReply, name: keyof typeof ASSETS): Promise<void> {
  const asset = ASSETS[name];
  await reply.header('content-type', asset.type).header('cache-control', 'public, max-age=3600').send(asset.body);
}
