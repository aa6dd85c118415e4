import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { ADMINS, Allow } from '../../common/access.js';
import type { AppContext } from '../../common/context.js';
import { writeResolver } from '../../common/crud/crud-resolver.js';
import { User } from './user.entity.js';
import { userService } from './user.service.js';

/** Accounts are managed by administrators and deactivated, never deleted. */
@Resolver(() => User)
export class UserResolver extends writeResolver(userService) {
  @Allow(...ADMINS)
  @Mutation(() => User, { description: 'Releases an account locked by failed logins' })
  unlockUser(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<User> {
    return userService.unlock(ctx, id);
  }

  @Allow(...ADMINS)
  @Mutation(() => User, { description: "Sets a new password for a user; the user's sessions end" })
  resetUserPassword(@Arg('id', () => ID) id: string, @Arg('password', () => String) password: string, @Ctx() ctx: AppContext): Promise<User> {
    return userService.resetPassword(ctx, id, password);
  }
}
