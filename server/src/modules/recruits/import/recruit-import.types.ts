import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What is wrong with one value of an imported row, in the words createRecruit uses' })
export class ImportError {
  @Field(() => String, { nullable: true, description: 'The column (a createRecruit argument) at fault; null for the row as a whole' })
  field!: string | null;

  @Field(() => String)
  message!: string;
}

@ObjectType({ description: 'One data row of an imported CSV' })
export class ImportRowResult {
  @Field(() => Int, { description: 'The line of the file the row starts on (the header is line 1)' })
  line!: number;

  @Field(() => Boolean, { description: 'The row is valid (a duplicate is valid, and skipped)' })
  ok!: boolean;

  @Field(() => [ImportError])
  errors!: ImportError[];

  @Field(() => ID, { nullable: true, description: 'The recruit who already has this email: the row is skipped' })
  duplicateOf!: string | null;

  @Field(() => Int, { nullable: true, description: 'An earlier line of the file with this email: the row is skipped' })
  duplicateOfLine!: number | null;

  @Field(() => ID, { nullable: true, description: 'The recruit created from the row' })
  recruitId!: string | null;
}

@ObjectType({ description: 'The outcome of importRecruits: all valid rows imported, or none when any row has errors' })
export class ImportResult {
  @Field(() => Boolean)
  dryRun!: boolean;

  @Field(() => Int, { description: 'Recruits created (0 on a dry run, and when any row has errors)' })
  imported!: number;

  @Field(() => Int, { description: 'Valid rows that are not duplicates: what the import creates when no row has errors' })
  importable!: number;

  @Field(() => Int, { description: 'Rows skipped because the email is already a recruit, or already earlier in the file' })
  duplicates!: number;

  @Field(() => Int, { description: 'Rows with errors' })
  invalid!: number;

  @Field(() => [ImportRowResult])
  rows!: ImportRowResult[];
}
