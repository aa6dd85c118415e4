import { Arg, Args, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../context.js';
import type { CrudService, Entity } from './crud-service.js';
import type { FilterValues, ListArguments } from './list-query.js';

@ObjectType({ description: 'The size of a filtered list (react-admin conventions)' })
export class ListMetadata {
  @Field(() => Int)
  count!: number;
}

/** `all<Plural>`, `_all<Plural>Meta` and `<Name>(id)`, the reads react-admin's data providers make. */
export function readResolver<E extends Entity>(service: CrudService<E>) {
  const { entity, name, plural, ListArgs, Filter } = service.resource;

  @Resolver(() => entity)
  abstract class ReadResolver {
    @Query(() => [entity], { name: `all${plural}`, description: `A page of ${plural}` })
    all(@Args(() => ListArgs) args: ListArguments, @Ctx() ctx: AppContext): Promise<E[]> {
      return service.list(ctx, args);
    }

    @Query(() => ListMetadata, { name: `_all${plural}Meta` })
    async meta(
      @Arg('filter', () => Filter, { nullable: true }) filter: FilterValues | null,
      @Ctx() ctx: AppContext,
    ): Promise<ListMetadata> {
      return { count: await service.count(ctx, filter) };
    }

    @Query(() => entity, { name, description: `One ${name}; NOT_FOUND when there is none with this id` })
    one(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<E> {
      return service.get(ctx, id);
    }
  }
  return ReadResolver;
}

/** The reads plus `create<Name>`, `update<Name>` and `delete<Name>` with flat arguments. */
export function crudResolver<E extends Entity>(service: CrudService<E>) {
  const { entity, name, CreateArgs, UpdateArgs } = service.resource;

  @Resolver(() => entity)
  abstract class CrudResolver extends readResolver(service) {
    @Mutation(() => entity, { name: `create${name}` })
    create(@Args(() => CreateArgs) args: object, @Ctx() ctx: AppContext): Promise<E> {
      return service.create(ctx, args);
    }

    @Mutation(() => entity, { name: `update${name}` })
    update(@Args(() => UpdateArgs) args: { id: string }, @Ctx() ctx: AppContext): Promise<E> {
      return service.update(ctx, args);
    }

    @Mutation(() => entity, { name: `delete${name}`, description: `Deletes one ${name} and answers it as it was` })
    delete(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<E> {
      return service.delete(ctx, id);
    }
  }
  return CrudResolver;
}
