import { Field, ObjectType } from 'type-graphql';
import { Column } from 'typeorm';
import { CONTACT_READERS, VisibleTo } from './access.js';
import { email, optional, phone, restricted, searchable, text, type FieldSpecs } from './fields.js';
import { RecordBase } from './record.js';

/** Names and contact details of a recruit or a reserve; the contact details are hidden from leadership. */
@ObjectType()
export abstract class PersonRecord extends RecordBase {
  @Field(() => String, { simple: true })
  @Column('text')
  firstName!: string;

  @Field(() => String, { simple: true })
  @Column('text')
  lastName!: string;

  @VisibleTo(...CONTACT_READERS)
  @Field(() => String, { nullable: true, description: 'Hidden (null) from leadership' })
  @Column('text', { nullable: true })
  email!: string | null;

  @VisibleTo(...CONTACT_READERS)
  @Field(() => String, { nullable: true, description: 'Hidden (null) from leadership' })
  @Column('text', { nullable: true })
  phone!: string | null;

  @VisibleTo(...CONTACT_READERS)
  @Field(() => String, { nullable: true, description: 'Hidden (null) from leadership' })
  @Column('text', { nullable: true })
  address!: string | null;
}

const contact = restricted(CONTACT_READERS);

/** The resource fields of a PersonRecord: names searched by everyone, contact details only by those who may read them. */
export function personFields(): FieldSpecs {
  return {
    firstName: searchable(text({ max: 80 })),
    lastName: searchable(text({ max: 80 })),
    email: contact(optional(searchable(email()))),
    phone: contact(optional(phone())),
    address: contact(optional(text({ max: 300 }))),
  };
}
