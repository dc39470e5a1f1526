import { CreateEngagementDto } from '../engagements/dto/create-engagement.dto';

/** The programme's first three beneficiary States (programme overview, "State of play and next steps"). */
export const DEMO_ENGAGEMENTS: CreateEngagementDto[] = [
  {
    country: 'TUN',
    title: 'Tunisia: protection of urban centres, touristic venues and religious sites against terrorist threats, including UAS',
    thematicAreas: ['urban_centres', 'touristic_venues', 'religious_sites', 'uas'],
    languages: ['fr', 'en'],
  },
  {
    country: 'TGO',
    title: 'Togo: protection of vulnerable targets and major events against terrorist threats, including UAS',
    thematicAreas: ['urban_centres', 'major_sporting_events', 'religious_sites', 'uas'],
    languages: ['fr'],
  },
  {
    country: 'TJK',
    title: 'Tajikistan: protection of public places, touristic venues and major events against terrorist threats, including UAS',
    thematicAreas: ['urban_centres', 'touristic_venues', 'major_sporting_events', 'uas'],
    languages: ['ru', 'en'],
  },
];
