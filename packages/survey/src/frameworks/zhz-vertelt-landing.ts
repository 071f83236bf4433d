import type { TCollectionLanding, TCollectionTheme } from '../collection-landing';

/** The landing page of the demo collection "ZHZ vertelt" (Zuid-Holland Zuid). */
export const zhzVerteltLanding: TCollectionLanding = {
  intro: {
    nl: 'Heb jij, je kind of iemand voor wie je zorgt jeugdhulp gehad in Zuid-Holland Zuid? Vertel ons wat je meemaakte. Met jouw verhaal maken de gemeenten de jeugdhulp beter.',
    en: 'Have you, your child or someone you care for had youth care in Zuid-Holland Zuid? Tell us what you experienced. With your story the municipalities improve youth care.',
    youth: {
      nl: 'Heb jij hulp gehad van jeugdhulp? Vertel wat je meemaakte. Zo maken we de hulp beter.',
    },
  },
  privacy: {
    nl: 'Je bent anoniem: we vragen geen naam, geen e-mailadres en we bewaren geen IP-adres. Je krijgt een persoonlijke code. Daarmee kun je later verder schrijven of je verhaal terugtrekken.',
    en: 'You stay anonymous: we ask no name, no e-mail address and we keep no IP address. You get a personal code with which you can continue later or withdraw your story.',
  },
  minutes: 20,
  use: {
    nl: 'De verhalen komen samen in het jaarverslag van het Cliëntervaringsonderzoek Jeugdhulp. Een duidingsgroep van gemeenten, aanbieders, ouders en jongeren bespreekt wat opvalt. Namen en herkenbare dingen halen we eruit voordat iemand buiten het onderzoeksteam je verhaal leest.',
    en: 'The stories come together in the yearly report of the youth-care experience research. An interpretation group of municipalities, providers, parents and young people discusses what stands out. Names and recognisable details are removed before anyone outside the research team reads your story.',
  },
  contact: {
    name: 'Onderzoeksteam ZHZ vertelt',
    email: 'onderzoek@zhzvertelt.example',
    phone: '078 770 00 00',
  },
};

/** The demo collection's look: a deep green of the region, checked for WCAG AA contrast. */
export const zhzVerteltTheme: TCollectionTheme = {
  name: 'ZHZ vertelt',
  logo: {
    src: 'data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHZpZXdCb3g9IjAgMCA0OCA0OCI+PGNpcmNsZSBjeD0iMjQiIGN5PSIyNCIgcj0iMjIiIGZpbGw9IiMwMDVhNGUiLz48cGF0aCBkPSJNMTQgMTZoMjBsLTIwIDE2aDIwIiBzdHJva2U9IiNmZmYiIHN0cm9rZS13aWR0aD0iNCIgZmlsbD0ibm9uZSIvPjwvc3ZnPg==',
    alt: { nl: 'Logo van ZHZ vertelt', en: 'Logo of ZHZ vertelt' },
  },
  colours: {
    'utrecht.document.background-color': '#ffffff',
    'utrecht.document.color': '#1b1b1f',
    'utrecht.heading.color': '#00463d',
    'utrecht.link.color': '#005a4e',
    'utrecht.button.primary-action.background-color': '#005a4e',
    'utrecht.button.primary-action.color': '#ffffff',
    'utrecht.focus.outline-color': '#b3530c',
  },
};
