/**
 * VAT presets per country, for the order-line validator's "vat-rate-unusual" warning. These are
 * presets a user can override, never hard rules: Resurs accepts any vatPct, including non-integers
 * such as 25.5 and 13.5. Figures from third-party summaries, mid-2026 (see `source` per country).
 * A 0% rate is always accepted: VAT-free lines (such as a hosted-flow discount) use it.
 */

/** A country the validator has presets for. */
export const vatCountryIds = ['SE', 'NO', 'FI', 'DK'] as const;

/** One of {@link vatCountryIds}. */
export type VatCountryId = (typeof vatCountryIds)[number];

/** One VAT rate of a country, as a decimal string ('25.5'). */
export interface VatRate {
  rate: string;
  /** What it applies to. */
  appliesTo: string;
}

/** A rate that no longer applies, so a line still using it gets a specific hint. */
export interface FormerVatRate {
  rate: string;
  /** Why it is out of date. */
  note: string;
}

/** The VAT rates of one country. */
export interface VatPreset {
  id: VatCountryId;
  country: string;
  rates: readonly VatRate[];
  former: readonly FormerVatRate[];
  /** Facts that could not be confirmed. */
  unconfirmed: readonly string[];
  source: string;
}

/** The presets of SE, NO, FI and DK, in the order the country picker lists them. */
export const vatPresets: readonly VatPreset[] = [
  {
    id: 'SE',
    country: 'Sweden',
    rates: [
      { rate: '25', appliesTo: 'standard rate' },
      { rate: '12', appliesTo: 'reduced rate' },
      { rate: '6', appliesTo: 'reduced rate; food temporarily at 6%, 1 Apr 2026 – 31 Dec 2027' },
    ],
    former: [],
    unconfirmed: ['Whether restaurants stay at 12% while food is at 6%.'],
    source: 'vatupdate.com, 2025-11-26; SVT Text 2026 (Prop. 2025/26:55)',
  },
  {
    id: 'NO',
    country: 'Norway',
    rates: [
      { rate: '25', appliesTo: 'standard rate' },
      { rate: '15', appliesTo: 'food' },
      { rate: '12', appliesTo: 'transport, hotels, cinema' },
      { rate: '11.11', appliesTo: 'raw fish' },
    ],
    former: [],
    unconfirmed: [],
    source: 'vatupdate.com (Lovdata decision for 2026)',
  },
  {
    id: 'FI',
    country: 'Finland',
    rates: [
      { rate: '25.5', appliesTo: 'standard rate (since 1 Sep 2024)' },
      { rate: '13.5', appliesTo: 'reduced rate (from 1 Jan 2026)' },
      { rate: '10', appliesTo: 'newspapers and magazines' },
    ],
    former: [
      { rate: '24', note: 'Finland’s standard rate was 24% until 31 Aug 2024; it is 25.5% since 1 Sep 2024.' },
      { rate: '14', note: 'Finland’s reduced rate was 14% until 31 Dec 2025; it is 13.5% from 1 Jan 2026.' },
    ],
    unconfirmed: [],
    source: 'vatapi.com, 2026-01-01; vatcalc.com',
  },
  {
    id: 'DK',
    country: 'Denmark',
    rates: [{ rate: '25', appliesTo: 'standard rate (no reduced rates)' }],
    former: [],
    unconfirmed: ['0% on books was announced for 2026; whether and from when it applies.'],
    source: 'vatupdate.com, 2025-08',
  },
];

/** The preset of a country, or Sweden's for anything else. Never throws. */
export function vatPresetById(id: string): VatPreset {
  return vatPresets.find((p) => p.id === id) ?? (vatPresets[0] as VatPreset);
}

/** Whether a string is a known country id. Never throws. */
export function isVatCountryId(id: string): id is VatCountryId {
  return vatPresets.some((p) => p.id === id);
}
