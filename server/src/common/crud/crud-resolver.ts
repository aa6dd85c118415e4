import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, ID, Info, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Allow } from '../access.js';
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
  const { entity, name, plural, ListArgs, Filter, access } = service.resource;

  @Resolver(() => entity)
  abstract class ReadResolver {
    @Allow(...access.read)
    @Query(() => [entity], { name: `all${plural}`, description: `A page of ${plural}` })
    all(@Args(() => ListArgs) args: ListArguments, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo): Promise<E[]> {
      return service.list(ctx, args, info);
    }

    @Allow(...access.read)
    @Query(() => ListMetadata, { name: `_all${plural}Meta` })
    async meta(
      @Arg('filter', () => Filter, { nullable: true }) filter: FilterValues | null,
      @Ctx() ctx: AppContext,
    ): Promise<ListMetadata> {
      return { count: await service.count(ctx, filter) };
    }

    @Allow(...access.read)
    @Query(() => entity, { name, description: `One ${name}; NOT_FOUND when there is none with this id` })
    one(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo): Promise<E> {
      return service.get(ctx, id, info);
    }
  }
  return ReadResolver;
}

/** The reads plus `create<Name>` and `update<Name>` with flat arguments (records that are never deleted). */
export function writeResolver<E extends Entity>(service: CrudService<E>) {
  const { entity, name, CreateArgs, UpdateArgs, access } = service.resource;

  @Resolver(() => entity)
  abstract class WriteResolver extends readResolver(service) {
    @Allow(...access.write)
    @Mutation(() => entity, { name: `create${name}` })
    create(@Args(() => CreateArgs) args: object, @Ctx() ctx: AppContext): Promise<E> {
      return service.create(ctx, args);
    }

    @Allow(...access.write)
    @Mutation(() => entity, { name: `update${name}` })
    update(@Args(() => UpdateArgs) args: { id: string }, @Ctx() ctx: AppContext): Promise<E> {
      return service.update(ctx, args);
    }
  }
  return WriteResolver;
}

/** The whole of react-admin's conventions: reads, create, update and `delete<Name>`. */
export function crudResolver<E extends Entity>(service: CrudService<E>) {
  const { entity, name, access } = service.resource;

  @Resolver(() => entity)
  abstract class CrudResolver extends writeResolver(service) {
    @Allow(...access.write)
    @Mutation(() => entity, { name: `delete${name}`, description: `Deletes one ${name} and answers it as it was` })
    delete(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<E> {
      return service.delete(ctx, id);
    }
  }
  return CrudResolver;
}
