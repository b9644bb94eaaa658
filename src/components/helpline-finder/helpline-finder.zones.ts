/**
 * The country of each IANA time zone, for the countries whose helplines are bundled or likely
 * to be given by deployers. Used only to suggest a country; a test checks that every bundled
 * record's zone maps to its own country.
 */
const ZONES: Record<string, string[]> = {
  AE: ['Asia/Dubai'],
  AR: ['America/Argentina/Buenos_Aires', 'America/Argentina/Cordoba', 'America/Argentina/Salta', 'America/Argentina/Mendoza', 'America/Argentina/Ushuaia', 'America/Buenos_Aires'],
  AU: ['Australia/Sydney', 'Australia/Melbourne', 'Australia/Brisbane', 'Australia/Perth', 'Australia/Adelaide', 'Australia/Hobart', 'Australia/Darwin', 'Australia/Canberra'],
  BR: ['America/Sao_Paulo', 'America/Manaus', 'America/Fortaleza', 'America/Recife', 'America/Bahia', 'America/Belem', 'America/Cuiaba', 'America/Porto_Velho', 'America/Rio_Branco', 'America/Noronha'],
  CA: ['America/Toronto', 'America/Vancouver', 'America/Edmonton', 'America/Winnipeg', 'America/Halifax', 'America/St_Johns', 'America/Regina', 'America/Montreal', 'America/Moncton', 'America/Whitehorse'],
  CL: ['America/Santiago', 'America/Punta_Arenas', 'Pacific/Easter'],
  CO: ['America/Bogota'],
  DE: ['Europe/Berlin', 'Europe/Busingen'],
  EG: ['Africa/Cairo'],
  ES: ['Europe/Madrid', 'Atlantic/Canary', 'Africa/Ceuta'],
  FR: ['Europe/Paris'],
  GB: ['Europe/London'],
  GH: ['Africa/Accra'],
  ID: ['Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura'],
  IE: ['Europe/Dublin'],
  IN: ['Asia/Kolkata', 'Asia/Calcutta'],
  IT: ['Europe/Rome'],
  JP: ['Asia/Tokyo'],
  KE: ['Africa/Nairobi'],
  MA: ['Africa/Casablanca'],
  MX: ['America/Mexico_City', 'America/Cancun', 'America/Monterrey', 'America/Tijuana', 'America/Hermosillo', 'America/Chihuahua', 'America/Merida', 'America/Mazatlan'],
  MY: ['Asia/Kuala_Lumpur', 'Asia/Kuching'],
  NG: ['Africa/Lagos'],
  NL: ['Europe/Amsterdam'],
  NZ: ['Pacific/Auckland', 'Pacific/Chatham'],
  PH: ['Asia/Manila'],
  PK: ['Asia/Karachi'],
  PL: ['Europe/Warsaw'],
  SA: ['Asia/Riyadh'],
  SE: ['Europe/Stockholm'],
  SN: ['Africa/Dakar'],
  TH: ['Asia/Bangkok'],
  TZ: ['Africa/Dar_es_Salaam'],
  UG: ['Africa/Kampala'],
  US: ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/Phoenix', 'America/Anchorage', 'Pacific/Honolulu', 'America/Detroit', 'America/Boise', 'America/Indiana/Indianapolis', 'America/Kentucky/Louisville', 'America/Puerto_Rico'],
  ZA: ['Africa/Johannesburg'],
};

export const ZONE_COUNTRIES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(ZONES).flatMap(([country, zones]) => zones.map((zone) => [zone, country])),
);
