/** English words of the areas page (Dialogue and surveys › Areas). */
import type { svAreas } from './sv-areas.ts';

export const enAreas: typeof svAreas = {
  areas: {
    title: 'Areas',
    intro:
      "The municipality's areas – districts, sub-areas and villages – tie activities, dialogues, safety walks, EST reports and survey answers to a place. A new area is also added when someone writes a new place name. Here you correct names, merge duplicates and delete what is not used.",
    readOnly:
      "You can see the municipality's areas. The municipality's coordinators add, rename, merge and delete areas.",
    addHeading: 'Add an area',
    name: "The area's name",
    nameHint:
      'At most 100 characters. The same name cannot occur twice in the municipality, whatever the case of its letters.',
    add: 'Add',
    added: (name: string) => `The area ${name} has been added.`,
    listHeading: (kommun: string) => `Areas of ${kommun}`,
    none: 'The municipality has no areas yet.',
    area: 'Area',
    usedBy: 'Used by',
    notUsed: 'Not used',
    actions: 'Actions',
    listNote:
      'An area in use cannot be deleted: merge it into the area to keep. The texts of the promises do not change when an area is renamed or merged, since they are signed documents.',
    rename: 'Rename',
    renameLabel: (name: string) => `Rename ${name}`,
    newName: (name: string) => `New name for ${name}`,
    saveName: 'Save the name',
    renamed: (from: string, to: string) => `${from} is now called ${to}.`,
    remove: 'Delete',
    removeLabel: (name: string) => `Delete ${name}`,
    removeQuestion: (name: string) => `Do you want to delete the area ${name}? This cannot be undone.`,
    removed: (name: string) => `The area ${name} has been deleted.`,
    merge: 'Merge',
    mergeLabel: (name: string) => `Merge ${name} into another area`,
    mergeInto: (name: string) => `Merge ${name} into`,
    mergeIntoHint: 'Choose the area to keep. Everything that points to this area moves there.',
    chooseArea: 'Choose an area',
    mergeRequired: 'Choose the area to keep.',
    mergeQuestion: (from: string, into: string) =>
      `Do you want to merge ${from} into ${into}? Activities, dialogues, findings, EST reports and survey answers that point to ${from} move to ${into}, and ${from} is deleted. This cannot be undone.`,
    merged: (from: string, into: string) => `${from} has been merged into ${into}.`,
    nameRequired: "Write the area's name.",
    nameTooLong: "The area's name may be at most 100 characters.",
  },
};
