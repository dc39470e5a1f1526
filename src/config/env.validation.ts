import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
  validateSync,
} from 'class-validator';

export const NODE_ENVIRONMENTS = ['development', 'production', 'test'] as const;
export type NodeEnvironment = (typeof NODE_ENVIRONMENTS)[number];

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const TRUE_WORDS = ['1', 'true', 'on', 'yes'];
const FALSE_WORDS = ['0', 'false', 'off', 'no'];

/** "on"/"off"-style switches; anything else stays a string so that validation names the variable. */
function toBooleanSwitch({ value }: { value: unknown }): unknown {
  if (typeof value !== 'string') return value;
  const word = value.trim().toLowerCase();
  if (TRUE_WORDS.includes(word)) return true;
  if (FALSE_WORDS.includes(word)) return false;
  return value;
}

function toInteger({ value }: { value: unknown }): unknown {
  if (typeof value !== 'string' || !/^\s*\d+\s*$/.test(value)) return value;
  return Number(value);
}

/** The process environment as the service understands it (DESIGN §7). */
export class EnvironmentVariables {
  // Rules are checked from the one closest to the property up; the first failure is reported.
  @IsOptional()
  @Transform(toInteger)
  @Max(65535)
  @Min(0)
  @IsInt({ message: 'PORT must be a whole number from 0 to 65535' })
  PORT?: number;

  @IsOptional()
  @IsString()
  DATA_DIR?: string;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  @ValidateIf((env: EnvironmentVariables) => env.NODE_ENV === 'production' || env.JWT_SECRET !== undefined)
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters long' })
  @IsString({ message: 'JWT_SECRET is required when NODE_ENV is production (at least 32 characters)' })
  JWT_SECRET?: string;

  @IsOptional()
  @IsIn(NODE_ENVIRONMENTS, { message: `NODE_ENV must be one of ${NODE_ENVIRONMENTS.join(', ')}` })
  NODE_ENV?: NodeEnvironment;

  @IsOptional()
  @Transform(toBooleanSwitch)
  @IsBoolean({ message: `DEMO_DATA must be one of ${[...TRUE_WORDS, ...FALSE_WORDS].join(', ')}` })
  DEMO_DATA?: boolean;

  @ValidateIf((env: EnvironmentVariables) => env.ADMIN_EMAIL !== undefined || env.ADMIN_PASSWORD !== undefined)
  @IsEmail({}, { message: 'ADMIN_EMAIL must be an e-mail address (and is required when ADMIN_PASSWORD is set)' })
  ADMIN_EMAIL?: string;

  @ValidateIf((env: EnvironmentVariables) => env.ADMIN_EMAIL !== undefined || env.ADMIN_PASSWORD !== undefined)
  @MinLength(12, { message: 'ADMIN_PASSWORD must be at least 12 characters long' })
  @IsString({ message: 'ADMIN_PASSWORD is required when ADMIN_EMAIL is set' })
  ADMIN_PASSWORD?: string;

  @IsOptional()
  @Matches(/^\s*https?:\/\/[^\s,/]+(\s*,\s*https?:\/\/[^\s,/]+)*\s*$/, {
    message: 'CORS_ORIGINS must be a comma-separated list of origins such as https://roadmaps.example.org',
  })
  CORS_ORIGINS?: string;

  // Stage names and days are checked by the engagements module, which knows the stages (stage-target-days.ts).
  @IsOptional()
  @IsString()
  STAGE_TARGET_DAYS?: string;

  @IsOptional()
  @IsIn(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL?: (typeof LOG_LEVELS)[number];

  @IsOptional()
  @Transform(toInteger)
  @Min(0, { message: 'DOCUMENT_STORE_MAX_BYTES must be a whole number of bytes (0 keeps no document in the database)' })
  @IsInt({ message: 'DOCUMENT_STORE_MAX_BYTES must be a whole number of bytes (0 keeps no document in the database)' })
  DOCUMENT_STORE_MAX_BYTES?: number;

  @IsOptional()
  @Transform(toBooleanSwitch)
  @IsBoolean({ message: `DOCUMENTS_PRERENDER must be one of ${[...TRUE_WORDS, ...FALSE_WORDS].join(', ')}` })
  DOCUMENTS_PRERENDER?: boolean;
}

export class InvalidEnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'InvalidEnvironmentError';
  }
}

// Property initialisers are absent on the class, so the names are listed once here for the filter below.
const ENVIRONMENT_SHAPE: Record<keyof EnvironmentVariables, true> = {
  PORT: true,
  DATA_DIR: true,
  DATABASE_URL: true,
  JWT_SECRET: true,
  NODE_ENV: true,
  DEMO_DATA: true,
  ADMIN_EMAIL: true,
  ADMIN_PASSWORD: true,
  CORS_ORIGINS: true,
  STAGE_TARGET_DAYS: true,
  LOG_LEVEL: true,
  DOCUMENT_STORE_MAX_BYTES: true,
  DOCUMENTS_PRERENDER: true,
};

/** Validates the variables the service reads; unrelated variables of the process are ignored. */
export function validateEnvironment(env: NodeJS.ProcessEnv): EnvironmentVariables {
  const relevant: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    // An empty assignment (`PORT=`) means "use the default", as most shells and compose files write it.
    if (value !== undefined && value !== '' && name in ENVIRONMENT_SHAPE) {
      relevant[name] = value;
    }
  }
  const variables = plainToInstance(EnvironmentVariables, relevant);
  const errors = validateSync(variables, { stopAtFirstError: true });
  if (errors.length > 0) {
    throw new InvalidEnvironmentError(
      errors.flatMap((error) => Object.values(error.constraints ?? { invalid: `${error.property} is invalid` })),
    );
  }
  return variables;
}
