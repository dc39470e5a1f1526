import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { API_PREFIX } from '../../src/app.setup';

export interface RegisteredRoute {
  method: string;
  /** With the global prefix and `:param` placeholders, e.g. `/api/engagements/:id`. */
  path: string;
}

/** Every controller route of the running application, read from Nest's own metadata. */
export function registeredRoutes(app: INestApplication): RegisteredRoute[] {
  const routes: RegisteredRoute[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        const paths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
        if (method === undefined || paths === undefined) continue;
        for (const path of Array.isArray(paths) ? paths : [paths]) {
          // The web pages (under /app) are left out of the API prefix, as in app.setup.ts.
          const prefix = base.replace(/^\//, '').split('/')[0] === 'app' ? '' : API_PREFIX;
          const joined = ['', prefix, base, path].map((part) => part.replace(/^\/|\/$/g, '')).filter(Boolean).join('/');
          routes.push({ method: RequestMethod[method], path: `/${joined}` });
        }
      }
    }
  }
  return routes;
}
