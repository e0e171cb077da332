/**
 * A proposal has no page of its own (nor a slug): it is an anchor on the proposals list,
 * /{locale}/proposals#proposal-{id}, stable for as long as the proposal exists (docs/decisions/032).
 */
export const proposalAnchor = (id: number) => `proposal-${id}`;
