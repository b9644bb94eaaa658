#!/usr/bin/env node
// npm run data:check: checks every bundled helpline record — schema, numbers (E.164 valid for the
// country; short codes valid short numbers there), https sources, dates, zones, duplicates, and
// review dates past due — and ends with a one-line summary. Exits 1 on any error.
// Run after `npm run build` (it reads the built schema from dist/).
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isValidPhoneNumber } from 'libphonenumber-js/max';
import { helplinesSchema } from '../dist/components/helpline-finder/helpline-finder.schema.js';
import { ZONE_COUNTRIES } from '../dist/components/helpline-finder/helpline-finder.zones.js';

const require = createRequire(import.meta.url);
const { PhoneNumberUtil, ShortNumberInfo } = require('google-libphonenumber');
const phoneUtil = PhoneNumberUtil.getInstance();
const shortInfo = ShortNumberInfo.getInstance();

const folder = 'src/data/helplines';
// Short codes that libphonenumber's metadata does not (yet) know, each vouched for by the primary
// source of the record that uses it. Kept apart so every exception is visible and reasoned.
const UNLISTED_FILE = 'src/data/unlisted-short-codes.json';
const UNLISTED_SHORT_CODES = JSON.parse(readFileSync(UNLISTED_FILE, 'utf8'));
const today = process.env.DATA_CHECK_TODAY ?? new Date().toISOString().slice(0, 10);
const errors = [];
const warnings = [];
const ids = new Map();
let records = 0;
let pastReview = 0;
const countries = new Set();

function checkRecord(record, file, report) {
  const where = `${file} ${record.id}`;
  if (ids.has(record.id)) report(`${where}: id also used in ${ids.get(record.id)}`);
  ids.set(record.id, file);
  if (`${record.country.toLowerCase()}.json` !== file) report(`${where}: country ${record.country} is not the file's`);
  if (!record.source.startsWith('https://')) report(`${where}: source is not https`);
  if (!(record.checked <= today)) report(`${where}: checked ${record.checked} is in the future`);
  if (!(record.reviewBy > record.checked)) report(`${where}: reviewBy is not after checked`);
  if (record.reviewBy < today) pastReview++;
  for (const [i, contact] of record.contacts.entries()) {
    const at = `${where} contact ${i} (${contact.method})`;
    if (ZONE_COUNTRIES[contact.hours.tz] !== record.country) report(`${at}: zone ${contact.hours.tz} is not known for ${record.country}`);
    try {
      new Intl.DateTimeFormat('en', { timeZone: contact.hours.tz });
    } catch {
      report(`${at}: ${contact.hours.tz} is not an IANA zone`);
    }
    const number = contact.number;
    if (!number) continue;
    if (number.e164) {
      if (!isValidPhoneNumber(number.e164, record.country)) report(`${at}: ${number.e164} is not a valid number in ${record.country}`);
    }
    if (number.short) {
      const short = phoneUtil.parse(number.short, record.country);
      const listed = shortInfo.isValidShortNumberForRegion(short, record.country);
      const vouched = UNLISTED_SHORT_CODES[`${record.country}:${number.short}`];
      if (!listed && !vouched) report(`${at}: ${number.short} is not a valid short number in ${record.country} (libphonenumber); if the primary source says it is, add it to ${UNLISTED_FILE} with the reason`);
      if (listed && vouched) report(`${at}: ${number.short} is now known to libphonenumber; remove it from ${UNLISTED_FILE}`);
      if (!number.domesticOnly) report(`${at}: short code ${number.short} must be marked domesticOnly`);
      if (number.short === '116000') report(`${at}: 116 000 is the missing-children line, not a child helpline`);
    }
    if (contact.method === 'whatsapp' && contact.url && !/^https:\/\/wa\.me\/\d+$/.test(contact.url)) report(`${at}: WhatsApp link must be https://wa.me/<digits>`);
  }
}

for (const file of readdirSync(folder).filter((name) => name.endsWith('.json')).sort()) {
  let document;
  try {
    document = JSON.parse(readFileSync(`${folder}/${file}`, 'utf8'));
  } catch (error) {
    errors.push(`${file}: not JSON (${error.message})`);
    continue;
  }
  const issues = [];
  const value = helplinesSchema.check(document, '', issues);
  if (issues.length) {
    for (const issue of issues) errors.push(`${file}: ${issue.code} at ${issue.path}`);
    continue;
  }
  for (const record of value.helplines) {
    records++;
    countries.add(record.country);
    checkRecord(record, file, (message) => errors.push(message));
  }
}

// Every UN member state without a confirmed helpline gets the finder's fallback: no number, a
// trusted adult, the local emergency number and Child Helpline International's directory.
const unMembers = JSON.parse(readFileSync('src/data/un-members.json', 'utf8'));
if (unMembers.length !== 193 || new Set(unMembers).size !== 193) errors.push('src/data/un-members.json must list the 193 UN member states once each');
const fallbacks = unMembers.filter((country) => !countries.has(country));

for (const message of warnings) console.log(`warning: ${message}`);
for (const message of errors) console.log(`error: ${message}`);
console.log(`${records} records in ${countries.size} countries checked against ${today}`);
console.log(`coverage: ${countries.size} countries with a confirmed helpline, ${fallbacks.length} with a fallback, ${pastReview} records past review`);
process.exit(errors.length ? 1 : 0);
