// Swedish words for the warehouse's derived concepts, defined once. Pages say these instead of a
// table or column name: a reader of the site never needs to know `intervention_member.share`.
// (Code lists' labels come from loaders/reference/ through each page's loader.)

/** How a shared intervention is split between members: the rule in words, with its default. */
export const MEMBER_SHARE_RULE =
  "Delade insatser fördelas mellan medlemmarna efter medlemmens andel av insatsen, som standard i proportion till medlemmarnas bidrag det året";
