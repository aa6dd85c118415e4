import type { Random } from './random.js';

/** What the demo data needs to know about each division's ground: where people live, where patrols go. */
export interface DivisionPlaces {
  areaCode: string;
  community: string;
  zip: string;
  streets: readonly string[];
  patrolAreas: readonly string[];
}

/** By LAPD area id (1-21). Streets and landmarks are real; house numbers are made up. */
export const PLACES: Readonly<Record<number, DivisionPlaces>> = {
  1: { areaCode: '213', community: 'Los Angeles', zip: '90013', streets: ['S Spring St', 'S Main St', 'E 5th St'],
    patrolAreas: ['Broadway corridor, 3rd St to Olympic Blvd', 'Little Tokyo and Arts District', 'Union Station and Olvera Street', 'Grand Park and Civic Center'] },
  2: { areaCode: '213', community: 'Los Angeles', zip: '90057', streets: ['W 6th St', 'S Alvarado St', 'W Temple St'],
    patrolAreas: ['MacArthur Park and Alvarado St', 'Echo Park Lake', 'Historic Filipinotown, Temple St'] },
  3: { areaCode: '323', community: 'Los Angeles', zip: '90037', streets: ['W Martin Luther King Jr Blvd', 'S Vermont Ave', 'W Adams Blvd'],
    patrolAreas: ['Exposition Park', 'Leimert Park Village', 'Crenshaw Blvd and Baldwin Hills Crenshaw Plaza'] },
  4: { areaCode: '323', community: 'Los Angeles', zip: '90033', streets: ['E Cesar E Chavez Ave', 'N Soto St', 'E 1st St'],
    patrolAreas: ['Mariachi Plaza, Boyle Heights', 'Cesar E Chavez Ave business corridor', 'El Sereno, Huntington Dr'] },
  5: { areaCode: '310', community: 'San Pedro', zip: '90731', streets: ['S Gaffey St', 'W 6th St', 'N Avalon Blvd'],
    patrolAreas: ['San Pedro waterfront and Cabrillo Beach', 'Wilmington, Avalon Blvd', 'Harbor City, Pacific Coast Hwy'] },
  6: { areaCode: '323', community: 'Los Angeles', zip: '90028', streets: ['N Highland Ave', 'Sunset Blvd', 'N Vine St'],
    patrolAreas: ['Hollywood Walk of Fame, Hollywood Blvd', 'Sunset Blvd and Vine St', 'Hollywood Bowl and Cahuenga Pass'] },
  7: { areaCode: '323', community: 'Los Angeles', zip: '90036', streets: ['W Pico Blvd', 'S La Brea Ave', 'W 3rd St'],
    patrolAreas: ['Miracle Mile and Museum Row', 'The Grove and Farmers Market', 'Mid-City, Pico Blvd at Crenshaw Blvd'] },
  8: { areaCode: '310', community: 'Los Angeles', zip: '90025', streets: ['Santa Monica Blvd', 'Sawtelle Blvd', 'Westwood Blvd'],
    patrolAreas: ['Westwood Village', 'Sawtelle Japantown', 'Century City, Avenue of the Stars'] },
  9: { areaCode: '818', community: 'Van Nuys', zip: '91401', streets: ['Van Nuys Blvd', 'Sherman Way', 'Victory Blvd'],
    patrolAreas: ['Van Nuys Civic Center', 'Sherman Oaks, Ventura Blvd', 'Van Nuys Blvd corridor'] },
  10: { areaCode: '818', community: 'Reseda', zip: '91335', streets: ['Reseda Blvd', 'Sherman Way', 'Tampa Ave'],
    patrolAreas: ['Reseda Blvd business district', 'Lake Balboa Park', 'Encino, Ventura Blvd'] },
  11: { areaCode: '323', community: 'Los Angeles', zip: '90042', streets: ['York Blvd', 'N Figueroa St', 'Eagle Rock Blvd'],
    patrolAreas: ['Highland Park, York Blvd and Figueroa St', 'Eagle Rock Blvd', 'Griffith Park, Los Feliz entrance'] },
  12: { areaCode: '323', community: 'Los Angeles', zip: '90044', streets: ['S Figueroa St', 'W Florence Ave', 'S Western Ave'],
    patrolAreas: ['Florence Ave and Figueroa St', 'Manchester Ave corridor', 'Hyde Park, Crenshaw Blvd'] },
  13: { areaCode: '323', community: 'Los Angeles', zip: '90011', streets: ['E Washington Blvd', 'S Central Ave', 'E 41st St'],
    patrolAreas: ['Central Ave, Jefferson Blvd to Vernon Ave', 'South Park Recreation Center', 'Pueblo del Rio, E 53rd St'] },
  14: { areaCode: '310', community: 'Venice', zip: '90291', streets: ['Venice Blvd', 'Lincoln Blvd', 'Washington Blvd'],
    patrolAreas: ['Venice Beach Boardwalk', 'Abbot Kinney Blvd', 'Westchester, Sepulveda Blvd'] },
  15: { areaCode: '818', community: 'North Hollywood', zip: '91601', streets: ['Lankershim Blvd', 'Magnolia Blvd', 'Laurel Canyon Blvd'],
    patrolAreas: ['NoHo Arts District', 'Studio City, Ventura Blvd', 'Valley Village, Magnolia Blvd'] },
  16: { areaCode: '818', community: 'Pacoima', zip: '91331', streets: ['Van Nuys Blvd', 'Foothill Blvd', 'Osborne St'],
    patrolAreas: ['Pacoima, Van Nuys Blvd', 'Sunland-Tujunga, Foothill Blvd', 'Hansen Dam Recreation Area'] },
  17: { areaCode: '818', community: 'Northridge', zip: '91324', streets: ['Reseda Blvd', 'Devonshire St', 'Nordhoff St'],
    patrolAreas: ['Northridge Fashion Center', 'Nordhoff St near CSUN', 'Chatsworth, Devonshire St'] },
  18: { areaCode: '323', community: 'Los Angeles', zip: '90002', streets: ['E 103rd St', 'S Central Ave', 'E Imperial Hwy'],
    patrolAreas: ['Watts Towers and 103rd St', 'Jordan Downs', 'Imperial Hwy corridor'] },
  19: { areaCode: '818', community: 'Mission Hills', zip: '91345', streets: ['Sepulveda Blvd', 'San Fernando Mission Blvd', 'Glenoaks Blvd'],
    patrolAreas: ['Mission Hills, San Fernando Mission Blvd', 'Panorama City, Van Nuys Blvd', 'Sylmar, Glenoaks Blvd'] },
  20: { areaCode: '213', community: 'Los Angeles', zip: '90010', streets: ['W Olympic Blvd', 'S Vermont Ave', 'Wilshire Blvd'],
    patrolAreas: ['Koreatown, Wilshire Blvd and Western Ave', 'Olympic Blvd corridor', 'Pico-Union'] },
  21: { areaCode: '818', community: 'Woodland Hills', zip: '91367', streets: ['Topanga Canyon Blvd', 'Ventura Blvd', 'Sherman Way'],
    patrolAreas: ['Warner Center', 'Canoga Park, Sherman Way', 'Woodland Hills, Ventura Blvd'] },
};

export function placesOf(areaId: number): DivisionPlaces {
  const places = PLACES[areaId];
  if (!places) throw new Error(`no places known for LAPD area ${areaId}`);
  return places;
}

export function addressIn(random: Random, areaId: number): string {
  const places = placesOf(areaId);
  return `${random.int(100, 19_999)} ${random.pick(places.streets)}, ${places.community}, CA ${places.zip}`;
}
