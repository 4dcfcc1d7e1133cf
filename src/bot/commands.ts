import type { CardMessage } from '../cards/index.js';
import { findResultsCard, helpCard } from '../cards/index.js';
import { replyWithGroup } from './group-views.js';
import { replyWithList } from './list-view.js';
import { CommandRegistry } from './registry.js';

/**
 * Every command the bot understands, in priority order. Patterns run on the normalised line (mention removed,
 * white space collapsed, trailing `?` dropped) and are case-insensitive; the help card is generated from here.
 */
export function buildCommands(): CommandRegistry {
  const registry = new CommandRegistry();

  registry.add({
    name: 'help',
    pattern: /^(?:help|paging|paging help|hi|hello|commands|\?)$/iu,
    usage: 'help',
    description: 'Show what I can do.',
    examples: ['help'],
    run: (ctx) => ctx.reply(helpFor(registry)),
  });

  registry.add({
    name: 'paging list',
    pattern: /^paging\s+(?:list|groups|ls)(?:\s+(?:in\s+|at\s+)?(?<location>.+))?$/iu,
    usage: 'paging list [<location>]',
    description: 'List the paging groups, across the organisation or in one location.',
    examples: ['paging list', 'paging list San Jose'],
    run: async (ctx) => replyWithList(ctx, { location: ctx.args.location, page: 1 }),
  });

  registry.add({
    name: 'paging show',
    pattern: /^paging\s+(?:show|details|info|get)\s+(?<group>.+)$/iu,
    usage: 'paging show <group>',
    description: 'Everything about one group: numbers, caller ID, who gets paged and who can page.',
    examples: ['paging show Lobby', 'paging show 7781', 'paging show +1 (555) 867-5309'],
    run: async (ctx) => replyWithGroup(ctx, required(ctx.args.group), 'details'),
  });

  registry.add({
    name: 'who gets paged',
    pattern:
      /^who\s+(?:gets|get|is|are|will\s+be)\s+paged(?:\s+(?:by|for|in|from|with|via|on|at|when(?:\s+(?:someone|somebody|anyone|i|you|we)\s+(?:dials|dial|calls|call|pages|page))?))?\s+(?<group>.+)$/iu,
    usage: 'who gets paged [by|for|in|when someone dials] <group>',
    description: 'The people, workspaces and virtual lines paged by a group.',
    examples: ['who gets paged by Lobby?', 'who gets paged when someone dials 7781?'],
    run: async (ctx) => replyWithGroup(ctx, required(ctx.args.group), 'targets'),
  });

  registry.add({
    name: 'who can page',
    pattern: /^who\s+(?:can|may|is\s+allowed\s+to)\s+page(?:\s+(?:to|the|group))?\s+(?<group>.+)$/iu,
    usage: 'who can page <group>',
    description: 'The originators: who may page a group.',
    examples: ['who can page Warehouse?'],
    run: async (ctx) => replyWithGroup(ctx, required(ctx.args.group), 'originators'),
  });

  registry.add({
    name: 'paging find',
    pattern: /^paging\s+(?:find|search|member|whois)\s+(?<person>.+)$/iu,
    usage: 'paging find <person>',
    description: 'Every group where a person (name, email or extension) is paged or can page.',
    examples: ['paging find Alice Smith', 'paging find alice@example.com', 'paging find 4102'],
    run: async (ctx) => {
      const query = required(ctx.args.person);
      // The directory calls onScan only when the scan is large enough to take a while.
      const result = await ctx.directory.findMember(query, {
        onScan: (count) =>
          ctx.reply({ markdown: `Looking through ${count} paging groups… this can take a moment.` }),
      });
      const { person, hits, failed, unknownPerson } = result;
      await ctx.reply(findResultsCard({ query, person, hits, failed, unknownPerson }));
    },
  });

  return registry;
}

/** The help card, generated from the registry. */
export function helpFor(registry: CommandRegistry): CardMessage {
  return helpCard(
    registry.list().map(({ usage, description, examples }) => ({ usage, description, examples })),
  );
}

function required(value: string | undefined): string {
  if (!value) throw new Error('command pattern matched without its argument');
  return value;
}
