import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Allow, EVERY_ROLE, Public } from '../../common/access.js';
import type { AppContext } from '../../common/context.js';
import { User } from '../users/user.entity.js';
import { authService } from './auth.service.js';

@Resolver()
export class AuthResolver {
  @Public()
  @Mutation(() => User, { description: 'Signs in and sets the session cookie; UNAUTHENTICATED for any failure' })
  login(@Arg('email', () => String) email: string, @Arg('password', () => String) password: string, @Ctx() ctx: AppContext): Promise<User> {
    return authService.login(ctx, email, password);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the session on the server and clears the cookie' })
  logout(@Ctx() ctx: AppContext): Promise<boolean> {
    return authService.logout(ctx);
  }

  @Public()
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null' })
  async me(@Ctx() ctx: AppContext): Promise<User | null> {
    return ctx.user ? ctx.loaders.byId(User).load(ctx.user.id) : null;
  }

  @Allow(...EVERY_ROLE)
  @Mutation(() => Boolean, { description: "Changes the signed-in user's password; their other sessions end" })
  changePassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: AppContext,
  ): Promise<boolean> {
    return authService.changePassword(ctx, currentPassword, newPassword);
  }
}
