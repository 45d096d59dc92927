import type { Access, AlertAudience } from '@stepdown/db';

/** Which copy of an alert a viewer reads: the patient theirs, the care team theirs, supporters theirs. */
export const audienceOf = (access: Access): AlertAudience | null => {
  switch (access.relation) {
    case 'own':
      return 'patient';
    case 'clinician':
    case 'clinic-member':
      return 'clinician';
    case 'supporter':
      return 'supporter';
    case 'none':
      return null;
  }
};
