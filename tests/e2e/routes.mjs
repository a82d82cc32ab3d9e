// Every route of the app with a selector that shows it has rendered: pages.test.mjs lays out
// and scans each in every language; the language test reads them in nynorsk and English.
export const ROUTES = [
  ['/', '.doors'],
  ['/?vis=alle', '.occupation-row'],
  ['/?q=snekker', '.occupation-row'],
  ['/?q=bygge%20hus', '.occupation-row .passage mark'],
  ['/?q=t%C3%B8mrer%20astronaut', '.nearest-note'],
  ['/?q=kokk', '.programme-hits a'],
  ['/?program=RMRMF1----', '.programme-filter'],
  ['/yrke/it-prosjektleder', '.tasks li'],
  ['/yrke/grunder', '#lonn'],
  ['/styrk', '.code-list a'],
  ['/styrk/2511', '#yrker'],
  ['/yrke/finnes-ikke', '.not-found'],
  ['/?nav1=IT&sorter=lonn&utdanning=hoyere', '.occupation-row'],
  ['/?q=kokk&hovedgruppe=2', '.empty button'],
  ['/yrke/elektriker', '.route'],
  ['/yrke/elektriker?fylke=46', '.where-in-country h3'],
  ['/sammenlign?yrker=kokk,it-prosjektleder,elektriker,sykepleier', 'table.compare .compact-list'],
  ['/sammenlign', '.empty'],
  ['/styrk?q=251', '.code-hits a'],
  ['/fylke', '.county-map path'],
  ['/fylke/46', '#studier'],
  ['/kommune/4601', '#arbeidsgivere'],
  ['/arbeidsgiver/874737852', '.facts'],
  ['/arbeidsgiver/976709446', '.facts'],
  ['/yrke/grunnskolelaerer?fylke=46&kommune=4601', '.where-in-country h3'],
  ['/fylke/99', '.not-found'],
  ['/om', '#tilgjengelighet'],
  ['/interesser', '.statement'],
  ['/interesser?svar=jnnnnnjnnnnnjnnnnnjnnnnnjnnnnn', '.fit-row'],
  ['/interesser?typer=kreativ,sosial&modus=en&utdanning=hoyere', '.fit-row'],
  ['/vgs', '.vgs-card'],
  ['/vgs/ELELE1', '.vgs-tree summary'],
  ['/vgs/RMKOK3', '.vgs-occupation'],
  ['/vgs/ELELE1?fylke=46', '.schools .school-offer'],
  ['/vgs/ELELE1?fylke=42', '.schools .missing-note'],
  ['/skole/999546560', 'article.school .school-offer'],
  ['/?q=amalie%20skram', '#skole-treff'],
  ['/?q=sykepleie%20bergen', '#studie-treff'],
  ['/yrke/sykepleier?fylke=46', '.studies .study-card'],
  ['/yrke/sosiolog', '#utdanning'],
  ['/studie/186740', '.study-table'],
  ['/studie/203162', '.study-table'],
  ['/embed/yrke/kokk', '.embed-card'],
  ['/embed/sok', '#embed-sok'],
  ['/embed/interesser?svar=nnjnnnnnjnnnnnjnnn', '.fit-row'],
];

// The UI languages: bokmål at the root, nynorsk and English in their folders.
export const LANGUAGES = ['nb', 'nn', 'en'];

/** An app path in a language: ("nn", "/yrke/kokk") → "/nn/yrke/kokk", ("en", "/") → "/en/". */
export function inLanguage(lang, path) {
  return lang === 'nb' ? path : `/${lang}${path}`;
}
