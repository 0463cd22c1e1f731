/**
 * GraphQL validation rules that bound what one operation may cost before it runs: its depth,
 * and its estimated cost where every list multiplies what it contains by its `limit`. Payload's
 * own complexity rule counts a join as 10 whatever its limit, which let one nested query through
 * join fields grow past the server's memory.
 *
 * The library is imported from its CommonJS build: its ESM build imports `graphql/index.mjs`, a
 * second copy of graphql beside the CommonJS one Payload runs on, whose rules then never match.
 */
import {
  type ASTVisitor,
  type ExecutionArgs,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql'
import { type ComplexityEstimator, createComplexityRule } from 'graphql-query-complexity/cjs'

import { LIMITS } from '../config/limits'

/** Deepest chain of selection sets under `set`, following fragments once each. */
function depthOf(
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number {
  let deepest = 0
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__') || !selection.selectionSet) continue
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, seen))
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen))
    } else {
      const name = selection.name.value
      const fragment = fragments.get(name)
      // An unknown or cyclic fragment is reported by graphql's own rules.
      if (!fragment || seen.has(name)) continue
      deepest = Math.max(
        deepest,
        depthOf(fragment.selectionSet, fragments, new Set(seen).add(name)),
      )
    }
  }
  return deepest
}

export const depthRule =
  (max: number): ValidationRule =>
  (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>()
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION)
        fragments.set(definition.name.value, definition)
    }
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, fragments, new Set())
        if (depth > max) {
          context.reportError(
            new GraphQLError(
              `Requête GraphQL trop profonde : ${depth} niveaux imbriqués, ${max} au plus. Demandez les documents liés par une requête séparée.`,
              { nodes: [operation] },
            ),
          )
        }
      },
    }
  }

/**
 * A list field (a collection query, a join: Payload gives both a `limit` argument) costs what it
 * contains times the documents it may return. No limit means Payload's default page of 10; 0,
 * `pagination: false` or a limit over the maximum would return everything and is priced above
 * any bound.
 */
const listEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  if (!field.args.some((arg) => arg.name === 'limit')) return undefined
  const everything = args.limit === 0 || (args.pagination === false && args.limit === undefined)
  const limit = typeof args.limit === 'number' ? args.limit : 10
  const documents =
    everything || limit > LIMITS.maxLimit ? LIMITS.maxGraphqlCost : Math.max(1, limit)
  return 1 + documents * Math.max(1, childComplexity)
}

/**
 * Any other field costs 1 plus what it contains (the library's `simpleEstimator`, which Node's
 * ESM loader cannot import by name from the CommonJS build: the payload CLI failed on it).
 */
const fieldEstimator: ComplexityEstimator = ({ childComplexity }) => 1 + childComplexity

export function costRule(args: ExecutionArgs): ValidationRule {
  return createComplexityRule({
    estimators: [listEstimator, fieldEstimator],
    maximumComplexity: LIMITS.maxGraphqlCost,
    variables: (args.variableValues ?? {}) as Record<string, unknown>,
    createError: (max, actual) =>
      new GraphQLError(
        `Requête GraphQL trop coûteuse (coût estimé ${actual}, ${max} au plus) : demandez moins de documents par liste (« limit », ${LIMITS.maxLimit} au plus) ou moins de documents liés imbriqués.`,
      ),
  })
}

/** For `graphQL.validationRules` in the Payload config. */
export const graphqlLimits = (args: ExecutionArgs): ValidationRule[] => [
  depthRule(LIMITS.maxGraphqlDepth),
  costRule(args),
]
