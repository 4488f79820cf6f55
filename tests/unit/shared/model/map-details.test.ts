import { describe, expect, it } from 'vitest';
import { setIntendedMemory, setMapTitle, updateCustomer } from '../../../../shared/model/map-details';
import { sampleMap } from './sample-map';

describe('map details', () => {
  it('sets the title trimmed and at most 200 characters', () => {
    expect(setMapTitle(sampleMap(), '  Claims journey ').title).toBe('Claims journey');
    expect(setMapTitle(sampleMap(), 'x'.repeat(250)).title).toHaveLength(200);
  });

  it('refuses an empty title; the same title returns the same map', () => {
    const map = sampleMap();
    expect(setMapTitle(map, '   ')).toBe(map);
    expect(setMapTitle(map, 'Sample')).toBe(map);
  });

  it('updates the customer name and description separately', () => {
    const map = updateCustomer(sampleMap(), { name: 'Young driver' });
    expect(map.customer).toEqual({ name: 'Young driver', description: 'Insures one car' });
    expect(updateCustomer(map, { description: '' }).customer).toEqual({ name: 'Young driver', description: '' });
    expect(updateCustomer(map, { name: 'Young driver' })).toBe(map);
  });

  it('sets the intended memory', () => {
    const map = setIntendedMemory(sampleMap(), 'They treated me like a person');
    expect(map.intendedMemory).toBe('They treated me like a person');
    expect(setIntendedMemory(map, 'They treated me like a person')).toBe(map);
    expect(setIntendedMemory(map, 'y'.repeat(20_000)).intendedMemory).toHaveLength(10_000);
  });
});
