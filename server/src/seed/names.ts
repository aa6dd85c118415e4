import type { Random } from './random.js';

/** First names as Los Angeles has them: Latino, Black, Korean, Chinese, Filipino, Armenian, Persian, Vietnamese, Japanese, Anglo ... */
const FIRST_NAMES = [
  'Maria', 'Jose', 'Luis', 'Carlos', 'Ana', 'Sofia', 'Alejandro', 'Gabriela', 'Miguel', 'Juan',
  'Rosa', 'Veronica', 'Ramon', 'Marisol', 'Diego', 'Lucia', 'Ximena', 'Fernando', 'Ricardo', 'Adriana',
  'Guadalupe', 'Jesus', 'Yesenia', 'Oscar', 'Leticia', 'Marcus', 'Darnell', 'Keisha', 'Jasmine', 'Andre',
  'Tiana', 'Malik', 'Aaliyah', 'Imani', 'Jamal', 'Deshawn', 'Monique', 'Terrence', 'Min-jun', 'Ji-woo',
  'Seo-yeon', 'Hyun', 'Eunice', 'Wei', 'Mei', 'Jian', 'Kevin', 'Linh', 'Minh', 'Thao',
  'Huy', 'Arman', 'Ani', 'Narek', 'Lilit', 'Tigran', 'Arash', 'Leila', 'Reza', 'Shirin',
  'Kenji', 'Yuki', 'Hiroshi', 'Emi', 'Rowena', 'Jericho', 'Marites', 'Paolo', 'Rodel', 'Patrick',
  'Sean', 'Emily', 'Sarah', 'Rachel', 'Noah', 'Ethan', 'Olivia', 'Chloe', 'Daniel', 'Michael',
  'Jennifer', 'Jessica', 'David', 'Christopher', 'Ashley', 'Andrea', 'Brian', 'Nicole', 'Samuel', 'Amara',
  'Tesfaye', 'Chinedu', 'Priya', 'Arjun', 'Anan', 'Malee', 'Yosef', 'Miriam', 'Isaiah', 'Naomi',
] as const;

const LAST_NAMES = [
  'Garcia', 'Hernandez', 'Lopez', 'Martinez', 'Gonzalez', 'Rodriguez', 'Ramirez', 'Flores', 'Torres', 'Rivera',
  'Castillo', 'Mendoza', 'Morales', 'Gutierrez', 'Ruiz', 'Aguilar', 'Vargas', 'Delgado', 'Navarro', 'Salazar',
  'Cruz', 'Ortiz', 'Reyes', 'Chavez', 'Jimenez', 'Vasquez', 'Sandoval', 'Padilla', 'Ochoa', 'Cervantes',
  'Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Yoon', 'Chen', 'Wang', 'Liu',
  'Wong', 'Huang', 'Lin', 'Nguyen', 'Tran', 'Pham', 'Le', 'Santos', 'Bautista', 'Villanueva',
  'Aquino', 'dela Cruz', 'Petrosyan', 'Hovsepian', 'Sarkisian', 'Babayan', 'Grigoryan', 'Mkrtchyan', 'Tehrani', 'Rahimi',
  'Karimi', 'Farahani', 'Tanaka', 'Nakamura', 'Yamamoto', 'Sato', 'Washington', 'Jackson', 'Robinson', 'Harris',
  'Williams', 'Johnson', 'Brooks', 'Coleman', 'Jefferson', 'Mitchell', 'Smith', 'Miller', 'Anderson', 'Thompson',
  'Walsh', "O'Brien", 'Sullivan', 'Murphy', 'Goldberg', 'Friedman', 'Katz', 'Okafor', 'Adeyemi', 'Haile',
  'Patel', 'Singh', 'Srisai', 'Wongsawat', 'Cohen', 'Romero', 'Medina', 'Estrada', 'Fuentes', 'Herrera',
] as const;

/** Reserve coordinators and academy staff whose names appear as "changed by", "assigned by" and instructor. */
export const COORDINATORS = [
  'coordinator.alvarez@reserve.example.org',
  'coordinator.washington@reserve.example.org',
  'coordinator.kim@reserve.example.org',
] as const;

export const INSTRUCTORS = [
  'Sgt. Teresa Alvarado', 'Officer III Daniel Okafor', 'Sgt. II Helen Park', 'Det. Samuel Greenberg',
  'Officer Rosa Medina', 'Lt. Marcus Bell', 'Dr. Leila Farahani (Crisis Intervention)', 'Sgt. Kenji Watanabe',
] as const;

export interface PersonName {
  firstName: string;
  lastName: string;
}

export function aName(random: Random): PersonName {
  return { firstName: random.pick(FIRST_NAMES), lastName: random.pick(LAST_NAMES) };
}

/** first.last.N@example.org, lower case, letters only: unique because N is. */
export function emailOf(name: PersonName, n: number): string {
  const plain = (text: string) => text.toLowerCase().replace(/[^a-z]/g, '');
  return `${plain(name.firstName)}.${plain(name.lastName)}.${n}@example.org`;
}

/** A fictional number (555-01xx is reserved for fiction) with a Los Angeles area code. */
export function phoneOf(random: Random, areaCode: string): string {
  return `(${areaCode}) 555-01${String(random.int(0, 99)).padStart(2, '0')}`;
}
