// The weather over the city, mirrored from the room state (client/net/cityPlace.ts) for the sky
// and the rain. Clear until the server knows better (BMKG connector).
import { create } from 'zustand';

export type WeatherView = {
  /** Total cloud cover, percent 0..100. */
  cloudCover: number;
  rain: boolean;
  /** BMKG's description, e.g. "Hujan Ringan"; '' until known. */
  description: string;
};

type WeatherStore = WeatherView & { setWeather: (w: WeatherView) => void };

export const useWeatherStore = create<WeatherStore>()((set) => ({
  cloudCover: 0,
  rain: false,
  description: '',
  setWeather: (w) => set({ cloudCover: w.cloudCover, rain: w.rain, description: w.description }),
}));
