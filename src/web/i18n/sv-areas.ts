/** Swedish words of the areas page (Dialog och enkäter › Områden): a kommun's delområden, stadsdelar and byar. */

export const svAreas = {
  areas: {
    title: 'Områden',
    intro:
      'Kommunens områden – stadsdelar, delområden och byar – knyter aktiviteter, dialoger, trygghetsvandringar, EST-rapporter och enkätsvar till en plats. Ett nytt område läggs också till när någon skriver ett nytt platsnamn. Här rättar du namn, slår ihop dubbletter och tar bort det som inte används.',
    readOnly:
      'Du kan se kommunens områden. Det är kommunens samordnare som lägger till, byter namn på, slår ihop och tar bort områden.',
    addHeading: 'Lägg till område',
    name: 'Områdets namn',
    nameHint: 'Högst 100 tecken. Samma namn kan inte finnas två gånger i kommunen, oavsett stora och små bokstäver.',
    add: 'Lägg till',
    added: (name: string) => `Området ${name} är tillagt.`,
    listHeading: (kommun: string) => `Områden i ${kommun}`,
    none: 'Kommunen har inga områden än.',
    area: 'Område',
    usedBy: 'Används av',
    notUsed: 'Används inte',
    actions: 'Åtgärder',
    listNote:
      'Ett område som används kan inte tas bort: slå ihop det med området som ska finnas kvar. Löftenas texter ändras inte när ett område byter namn eller slås ihop, eftersom de är undertecknade dokument.',
    rename: 'Byt namn',
    renameLabel: (name: string) => `Byt namn på ${name}`,
    newName: (name: string) => `Nytt namn för ${name}`,
    saveName: 'Spara namnet',
    renamed: (from: string, to: string) => `${from} heter nu ${to}.`,
    remove: 'Ta bort',
    removeLabel: (name: string) => `Ta bort ${name}`,
    removeQuestion: (name: string) => `Vill du ta bort området ${name}? Det går inte att ångra.`,
    removed: (name: string) => `Området ${name} är borttaget.`,
    merge: 'Slå ihop',
    mergeLabel: (name: string) => `Slå ihop ${name} med ett annat område`,
    mergeInto: (name: string) => `Slå ihop ${name} med`,
    mergeIntoHint: 'Välj området som ska finnas kvar. Allt som pekar på det här området flyttas dit.',
    chooseArea: 'Välj område',
    mergeRequired: 'Välj området som ska finnas kvar.',
    mergeQuestion: (from: string, into: string) =>
      `Vill du slå ihop ${from} med ${into}? Aktiviteter, dialoger, iakttagelser, EST-rapporter och enkätsvar som pekar på ${from} flyttas till ${into}, och ${from} tas bort. Det går inte att ångra.`,
    merged: (from: string, into: string) => `${from} är ihopslaget med ${into}.`,
    nameRequired: 'Skriv områdets namn.',
    nameTooLong: 'Områdets namn får vara högst 100 tecken.',
  },
};
